package io.github.vncustoms.core.internal.time;

/**
 * Instants of true new moon from the series of Meeus, "Astronomical Algorithms", 2nd ed., ch. 49:
 * the mean lunation, 25 periodic terms in the anomalies of the Sun and Moon, the Moon's argument of
 * latitude and node, and 14 planetary arguments; accurate to well under a minute over the
 * supported centuries.
 *
 * <p>Lunation {@code k = 0} is the new moon of 6 January 2000; {@code k} counts lunations from it.
 * Stateless utility; thread-safe.
 */
public final class NewMoon {
    private NewMoon() {}

    /** Mean length of a synodic month, in days. */
    public static final double SYNODIC_MONTH = 29.530588861;

    private static final double EPOCH_JDE = 2451550.09766;

    private static final double[][] PLANETARY = {
        {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
        {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
        {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
        {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
        {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023},
    };

    /**
     * Returns the instant of the {@code k}-th new moon after that of 6 January 2000.
     *
     * @param k the lunation number, negative before 2000
     * @return the instant as a Julian ephemeris day (terrestrial time)
     */
    public static double jde(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = EPOCH_JDE + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3
                + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = Math.toRadians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = Math.toRadians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3
                - 0.000000058 * t4);
        double f = Math.toRadians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3
                + 0.000000011 * t4);
        double omega = Math.toRadians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        double c = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);

        double planetary = 0;
        for (int i = 0; i < PLANETARY.length; i++) {
            double[] a = PLANETARY[i];
            double argument = a[0] + a[1] * k - (i == 0 ? 0.009173 * t2 : 0);
            planetary += a[2] * Math.sin(Math.toRadians(argument));
        }
        return jde + c + planetary;
    }

    /**
     * Returns the lunation number whose mean new moon is nearest to a Julian day.
     *
     * @param julianDay any Julian day
     * @return the nearest lunation number
     */
    public static long nearestLunation(double julianDay) {
        return Math.round((julianDay - EPOCH_JDE) / SYNODIC_MONTH);
    }
}
