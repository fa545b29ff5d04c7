-- Duplicate check at intake (疑似重复): the open cases of the same category within a small box around the new report.
-- With only (category_code, reported_at) every report read all of its category's cases of the duplicate window.
CREATE INDEX casework_case_nearby ON casework_case (category_code, latitude, longitude);
