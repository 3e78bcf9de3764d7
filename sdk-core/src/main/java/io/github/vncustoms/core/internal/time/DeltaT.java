package io.github.vncustoms.core.internal.time;

/**
 * The difference TT − UT (ΔT) in seconds, from the polynomial fits published by Espenak and Meeus
 * (NASA, "Polynomial expressions for Delta T", 2006). New moons and solar longitudes are computed in
 * terrestrial time; calendar days are counted in universal time, so every event is shifted by ΔT.
 *
 * <p>Stateless utility; thread-safe.
 */
public final class DeltaT {
    private DeltaT() {}

    /**
     * Returns ΔT for a decimal year.
     *
     * @param year the decimal year, e.g. {@code 2024.5}
     * @return TT − UT in seconds
     */
    public static double seconds(double year) {
        if (year < 1800) {
            double u = (year - 1820) / 100;
            return -20 + 32 * u * u;
        }
        if (year < 1860) {
            double t = year - 1800;
            return 13.72 - 0.332447 * t + 0.0068612 * t * t + 0.0041116 * t * t * t
                    - 0.00037436 * Math.pow(t, 4) + 0.0000121272 * Math.pow(t, 5)
                    - 0.0000001699 * Math.pow(t, 6) + 0.000000000875 * Math.pow(t, 7);
        }
        if (year < 1900) {
            double t = year - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t
                    - 0.0004473624 * Math.pow(t, 4) + Math.pow(t, 5) / 233174;
        }
        if (year < 1920) {
            double t = year - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t
                    - 0.000197 * Math.pow(t, 4);
        }
        if (year < 1941) {
            double t = year - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }
        if (year < 1961) {
            double t = year - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (year < 1986) {
            double t = year - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (year < 2005) {
            double t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
                    + 0.000651814 * Math.pow(t, 4) + 0.00002373599 * Math.pow(t, 5);
        }
        if (year < 2050) {
            double t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        if (year < 2150) {
            return -20 + 32 * u * u - 0.5628 * (2150 - year);
        }
        return -20 + 32 * u * u;
    }

    /**
     * Returns ΔT for a Julian day, in days.
     *
     * @param julianDay a Julian day (either time scale: the difference is immaterial here)
     * @return TT − UT in days
     */
    public static double days(double julianDay) {
        return seconds(2000 + (julianDay - 2451545.0) / 365.25) / 86400.0;
    }
}
