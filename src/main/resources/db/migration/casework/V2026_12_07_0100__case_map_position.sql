-- The case map tiles read the cases of a tile by their position: the longitude range of the tile first (the demo city
-- is wider east-west than north-south, so a longitude band holds fewer cases than a latitude band), then the latitude
-- from the same index entry.
CREATE INDEX casework_case_position ON casework_case (longitude, latitude);
