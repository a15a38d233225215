-- City annual means of the store's hourly Parquet in plain SQL (DuckDB; the same text runs in Spark SQL with
-- round_even → bround, and quantile_cont → percentile). Parameters: ${store}, ${year}.
-- Method (the workbench's default, the city's hourly series first): city hour = mean of the city's non-control
-- stations with a value that hour; city 24-h mean with >= 20 valid city hours (GB 3095 Table 4), day = hour labels
-- 0-23 of the feed date; annual = mean of city days, CO = P95 of city days (HJ 663 linear), GB/T 8170 half-even at
-- reporting. MDA8 needs a clock-hour grid per city-day: left to the workbench.
WITH members AS (
  -- A station's record holds from valid_from to valid_to (roles change: the station-role registry splits records).
  SELECT station, city, valid_from, valid_to FROM read_parquet('${store}/stations.parquet') WHERE NOT is_control
),
city_hour AS (
  SELECT m.city, h.time, CAST(h.time AS DATE) AS day,
    avg(h.pm2_5) AS pm2_5, avg(h.pm10) AS pm10, avg(h.so2) AS so2, avg(h.no2) AS no2, avg(h.co) AS co
  FROM read_parquet('${store}/hourly/year=${year}/*/*.parquet') h JOIN members m
    ON h.station = m.station AND (m.valid_from IS NULL OR CAST(h.time AS DATE) >= m.valid_from)
                             AND (m.valid_to IS NULL OR CAST(h.time AS DATE) <= m.valid_to)
  GROUP BY m.city, h.time
),
city_day AS (
  SELECT city, day,
    CASE WHEN count(pm2_5) >= 20 THEN avg(pm2_5) END AS pm2_5,
    CASE WHEN count(pm10)  >= 20 THEN avg(pm10)  END AS pm10,
    CASE WHEN count(so2)   >= 20 THEN avg(so2)   END AS so2,
    CASE WHEN count(no2)   >= 20 THEN avg(no2)   END AS no2,
    CASE WHEN count(co)    >= 20 THEN avg(co)    END AS co
  FROM city_hour GROUP BY city, day
)
SELECT city,
  round_even(avg(pm2_5), 0) AS "PM2.5", round_even(avg(pm10), 0) AS "PM10",
  round_even(avg(so2), 0) AS "SO2", round_even(avg(no2), 0) AS "NO2",
  round_even(quantile_cont(co, 0.95), 1) AS "CO_P95"
FROM city_day GROUP BY city ORDER BY city
