package org.tongguan.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The XML and Spark-convention JSON of Open311 documents, checked against the specification's examples. */
class DocumentWriterTests {

	private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

	@Test
	void writesTheServiceListExample() {
		Node services = Node.items("services", List.of(Node.element("service", Node.value("service_code", "001"),
				Node.value("service_name", "Cans left out 24x7"),
				Node.value("description", "Garbage or recycling cans that have been left out for more than 24 hours "
						+ "after collection. Violators will be cited."),
				Node.value("metadata", true), Node.value("type", "realtime"),
				Node.value("keywords", "lorem, ipsum, dolor"), Node.value("group", "sanitation"))));

		assertThat(xml(services)).isEqualTo(DECLARATION + "<services><service><service_code>001</service_code>"
				+ "<service_name>Cans left out 24x7</service_name><description>Garbage or recycling cans that have "
				+ "been left out for more than 24 hours after collection. Violators will be cited.</description>"
				+ "<metadata>true</metadata><type>realtime</type><keywords>lorem, ipsum, dolor</keywords>"
				+ "<group>sanitation</group></service></services>");
		assertThat(json(services)).isEqualTo("[{\"service_code\":\"001\",\"service_name\":\"Cans left out 24x7\","
				+ "\"description\":\"Garbage or recycling cans that have been left out for more than 24 hours after "
				+ "collection. Violators will be cited.\",\"metadata\":true,\"type\":\"realtime\","
				+ "\"keywords\":\"lorem, ipsum, dolor\",\"group\":\"sanitation\"}]");
	}

	@Test
	void writesTheServiceDefinitionExample() {
		Node definition = Node.element("service_definition", Node.value("service_code", "DMV66"),
				Node.items("attributes", List.of(Node.element("attribute", Node.value("variable", true),
						Node.value("code", "WHISHETN"), Node.value("datatype", "singlevaluelist"),
						Node.value("required", true), Node.value("datatype_description", null),
						Node.value("order", 1), Node.value("description", "What is the ticket/tag/DL number?"),
						Node.items("values", List.of(
								Node.element("value", Node.value("key", 123), Node.value("name", "Ford")),
								Node.element("value", Node.value("key", 124), Node.value("name", "Chrysler"))))))));

		assertThat(xml(definition)).isEqualTo(DECLARATION + "<service_definition><service_code>DMV66</service_code>"
				+ "<attributes><attribute><variable>true</variable><code>WHISHETN</code>"
				+ "<datatype>singlevaluelist</datatype><required>true</required><datatype_description/>"
				+ "<order>1</order><description>What is the ticket/tag/DL number?</description><values>"
				+ "<value><key>123</key><name>Ford</name></value><value><key>124</key><name>Chrysler</name></value>"
				+ "</values></attribute></attributes></service_definition>");
		assertThat(json(definition)).isEqualTo("{\"service_code\":\"DMV66\",\"attributes\":[{\"variable\":true,"
				+ "\"code\":\"WHISHETN\",\"datatype\":\"singlevaluelist\",\"required\":true,"
				+ "\"datatype_description\":null,\"order\":1,\"description\":\"What is the ticket/tag/DL number?\","
				+ "\"values\":[{\"key\":123,\"name\":\"Ford\"},{\"key\":124,\"name\":\"Chrysler\"}]}]}");
	}

	@Test
	void writesThePostedRequestExample() {
		Node created = Node.items("service_requests", List.of(Node.element("request",
				Node.value("service_request_id", 293944), Node.value("service_notice", "The City will inspect"),
				Node.value("account_id", null))));

		assertThat(xml(created)).isEqualTo(DECLARATION + "<service_requests><request>"
				+ "<service_request_id>293944</service_request_id><service_notice>The City will inspect"
				+ "</service_notice><account_id/></request></service_requests>");
		assertThat(json(created)).isEqualTo("[{\"service_request_id\":293944,\"service_notice\":\"The City will "
				+ "inspect\",\"account_id\":null}]");
	}

	@Test
	void writesTheErrorExample() {
		Node errors = Node.items("errors", List.of(Node.element("error", Node.value("code", 403),
				Node.value("description", "Invalid api_key received -- can't proceed with create_request."))));

		assertThat(xml(errors)).isEqualTo(DECLARATION + "<errors><error><code>403</code><description>Invalid api_key "
				+ "received -- can't proceed with create_request.</description></error></errors>");
		assertThat(json(errors)).isEqualTo("[{\"code\":403,\"description\":\"Invalid api_key received -- can't "
				+ "proceed with create_request.\"}]");
	}

	@Test
	void writesCoordinatesInPlainDecimalsAndListsOfValuesAsArrays() {
		Node request = Node.element("discovery", Node.value("lat", 37.762221815), Node.value("long", -122.4651145),
				Node.value("tiny", 0.00001), Node.items("formats", List.of(Node.value("format", "text/xml"))));

		assertThat(xml(request)).isEqualTo(DECLARATION + "<discovery><lat>37.762221815</lat>"
				+ "<long>-122.4651145</long><tiny>0.00001</tiny><formats><format>text/xml</format></formats>"
				+ "</discovery>");
		assertThat(json(request)).isEqualTo("{\"lat\":37.762221815,\"long\":-122.4651145,\"tiny\":0.00001,"
				+ "\"formats\":[\"text/xml\"]}");
	}

	@Test
	void escapesMarkupKeepsChineseAsUtf8AndDropsCharactersXmlCannotCarry() {
		Node text = Node.items("errors", List.of(Node.value("description", "<b>\"暴露垃圾\" & 'x'</b>\u0001\n")));

		assertThat(xml(text)).isEqualTo(DECLARATION + "<errors><description>&lt;b&gt;\"暴露垃圾\" &amp; 'x'&lt;/b&gt;\n"
				+ "</description></errors>");
		assertThat(json(text)).isEqualTo("[\"<b>\\\"暴露垃圾\\\" & 'x'</b>\\u0001\\n\"]");
	}

	private static String xml(Node document) {
		return new String(XmlWriter.write(document), StandardCharsets.UTF_8);
	}

	private static String json(Node document) {
		return new String(JsonWriter.write(document), StandardCharsets.UTF_8);
	}
}
