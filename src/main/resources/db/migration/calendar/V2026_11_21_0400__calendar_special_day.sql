-- Official holidays (休) and adjusted working days (班, 调休); an iCalendar import replaces whole years.
-- The column is special_date, not "day": DAY is a reserved word in H2.
CREATE TABLE calendar_special_day (
	special_date DATE PRIMARY KEY,
	kind VARCHAR(16) NOT NULL,
	name VARCHAR(200) NOT NULL,
	imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT calendar_special_day_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);
