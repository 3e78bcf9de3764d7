package io.github.vncustoms.core.internal.time;

/**
 * The Sun's apparent geocentric ecliptic longitude, the quantity that defines the solar terms: the
 * twelve major terms (zhongqi) are the instants it crosses a multiple of 30°, the winter solstice
 * is 270°. Method of Meeus, "Astronomical Algorithms", 2nd ed., ch. 25 ("higher accuracy"): VSOP87
 * heliocentric longitude of the Earth plus 180°, conversion to the FK5 frame, nutation in longitude
 * (the four largest terms of ch. 22, good to 0.5″) and annual aberration.
 *
 * <p>Stateless utility; thread-safe.
 */
public final class SunLongitude {
    private SunLongitude() {}

    private static final double J2000 = 2451545.0;
    private static final double ARCSEC = 1.0 / 3600.0;

    /**
     * Returns the apparent longitude of the Sun.
     *
     * @param jde the instant as a Julian ephemeris day (terrestrial time)
     * @return the longitude in degrees, in {@code [0, 360)}
     */
    public static double apparentDegrees(double jde) {
        double tau = (jde - J2000) / 365250.0;
        double t = tau * 10;
        double geometric = Math.toDegrees(Vsop87Earth.longitude(tau)) + 180.0;
        double fk5 = -0.09033 * ARCSEC;
        double omega = Math.toRadians(125.04452 - 1934.136261 * t);
        double sunMean = Math.toRadians(280.4665 + 36000.7698 * t);
        double moonMean = Math.toRadians(218.3165 + 481267.8813 * t);
        double nutation = (-17.20 * Math.sin(omega) - 1.32 * Math.sin(2 * sunMean)
                - 0.23 * Math.sin(2 * moonMean) + 0.21 * Math.sin(2 * omega)) * ARCSEC;
        double aberration = -20.4898 * ARCSEC / Vsop87Earth.radius(tau);
        return normalize(geometric + fk5 + nutation + aberration);
    }

    /**
     * Returns the apparent longitude of the Sun at an instant of universal time.
     *
     * @param julianDayUt the instant as a Julian day (universal time)
     * @return the longitude in degrees, in {@code [0, 360)}
     */
    public static double apparentDegreesAtUt(double julianDayUt) {
        return apparentDegrees(julianDayUt + DeltaT.days(julianDayUt));
    }

    private static double normalize(double degrees) {
        double d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }
}
