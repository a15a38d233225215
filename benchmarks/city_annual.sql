-- City annual means of the store's hourly Parquet in plain SQL (DuckDB; the same text runs in Spark SQL with
-- round_even → bround, and quantile_cont → percentile). Parameters: ${store}, ${year}.
-- Method: station 24-h mean with >= 20 valid hours (GB 3095 Table 4), day = hour labels 0-23 of the feed date,
-- city day = mean of the city's non-control stations with a value, annual = mean of city days, CO = P95 of city days
-- (HJ 663 linear), GB/T 8170 half-even at reporting. MDA8 needs a clock-hour grid per station-day: left to the workbench.
WITH hourly AS (
  SELECT station, CAST(time AS DATE) AS day, pm2_5, pm10, so2, no2, co
  FROM read_parquet('${store}/hourly/year=${year}/*.parquet')
),
station_day AS (
  SELECT station, day,
    CASE WHEN count(pm2_5) >= 20 THEN avg(pm2_5) END AS pm2_5,
    CASE WHEN count(pm10)  >= 20 THEN avg(pm10)  END AS pm10,
    CASE WHEN count(so2)   >= 20 THEN avg(so2)   END AS so2,
    CASE WHEN count(no2)   >= 20 THEN avg(no2)   END AS no2,
    CASE WHEN count(co)    >= 20 THEN avg(co)    END AS co
  FROM hourly GROUP BY station, day
),
members AS (
  SELECT DISTINCT station, city FROM read_parquet('${store}/stations.parquet') WHERE NOT is_control
),
city_day AS (
  SELECT m.city, d.day, avg(d.pm2_5) AS pm2_5, avg(d.pm10) AS pm10, avg(d.so2) AS so2, avg(d.no2) AS no2, avg(d.co) AS co
  FROM station_day d JOIN members m USING (station) GROUP BY m.city, d.day
)
SELECT city,
  round_even(avg(pm2_5), 0) AS "PM2.5", round_even(avg(pm10), 0) AS "PM10",
  round_even(avg(so2), 0) AS "SO2", round_even(avg(no2), 0) AS "NO2",
  round_even(quantile_cont(co, 0.95), 1) AS "CO_P95"
FROM city_day GROUP BY city ORDER BY city
