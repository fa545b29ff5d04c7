-- An alarm's times become its readings' own: raised_at and cleared_at are when the readings that raised and cleared
-- it were measured (a replayed or delayed history raises alarms at the readings' times), raised_value and
-- cleared_value their values; recorded_at and clear_recorded_at keep when the platform handled them. History
-- entries keep the measuring time of the reading behind each change by the rules.
ALTER TABLE sensing_alarm ADD COLUMN raised_value DOUBLE PRECISION;
ALTER TABLE sensing_alarm ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sensing_alarm ADD COLUMN cleared_value DOUBLE PRECISION;
ALTER TABLE sensing_alarm ADD COLUMN clear_recorded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sensing_alarm_history ADD COLUMN measured_at TIMESTAMP WITH TIME ZONE;

-- Alarms stored before: the handling times were all that was kept; the raising value is in the history.
UPDATE sensing_alarm SET recorded_at = raised_at, clear_recorded_at = cleared_at;
UPDATE sensing_alarm SET raised_value = (SELECT h.value_at FROM sensing_alarm_history h
	WHERE h.alarm_id = sensing_alarm.id AND h.action = 'RAISED');
ALTER TABLE sensing_alarm ALTER COLUMN recorded_at SET NOT NULL;
