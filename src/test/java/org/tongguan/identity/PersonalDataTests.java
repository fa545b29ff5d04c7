package org.tongguan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTests {

	@Test
	void masksTheMiddleOfAMobileNumber() {
		assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
		assertThat(PersonalData.maskPhone("+86 138-1234-5678")).isEqualTo("138****5678");
	}

	@Test
	void masksShortNumbersCompletelyAndKeepsNull() {
		assertThat(PersonalData.maskPhone("12345")).isEqualTo("****");
		assertThat(PersonalData.maskPhone(null)).isNull();
	}

	@Test
	void keepsOnlyTheFirstCharacterOfAName() {
		assertThat(PersonalData.maskName("张三")).isEqualTo("张*");
		assertThat(PersonalData.maskName("欧阳娜娜")).isEqualTo("欧***");
		assertThat(PersonalData.maskName("王")).isEqualTo("王*");
		assertThat(PersonalData.maskName(null)).isNull();
	}

	@Test
	void scrubsPhoneNumbersIdCardNumbersAndEmailAddressesFromFreeText() {
		assertThat(PersonalData.scrub("请回电13812345678或 +86 139-1234-5678，座机0755-12345678、(010) 1234567"))
			.isEqualTo("请回电138****5678或 139****5678，座机075****5678、010****4567");
		assertThat(PersonalData.scrub("身份证440304199001011234，旧证 44030490010112X 不是号码；老证440304900101123"))
			.isEqualTo("身份证440***********1234，旧证 44030490010112X 不是号码；老证440********1123");
		assertThat(PersonalData.scrub("身份证号 11010519491231002x 邮箱 zhang.san@example.org.cn"))
			.isEqualTo("身份证号 110***********002x 邮箱 z***@example.org.cn");
	}

	@Test
	void leavesTextWithoutPersonalDataAsItIs() {
		String text = "深南大道6008号北侧，2026-11-21 10:30 有垃圾约 3 吨，案卷 20261121-0001，井盖编号 C0103-17";
		assertThat(PersonalData.scrub(text)).isEqualTo(text);
		assertThat(PersonalData.scrub(null)).isNull();
	}
}
