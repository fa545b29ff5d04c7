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
}
