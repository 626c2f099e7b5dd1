using System.Numerics;

namespace TelecomGis.Core.Geodesy;

/// <summary>
/// Transverse Mercator on the WGS 84 ellipsoid by Krüger's series to sixth order in the third flattening n
/// (Karney, "Transverse Mercator with an accuracy of a few nanometers", J. Geodesy 85, 2011, eqs. 35–36),
/// the method behind PROJ's <c>tmerc</c>. Within 4° of the central meridian the series error is below a micrometre.
/// </summary>
internal sealed class TransverseMercator
{
    private static readonly double E = Math.Sqrt(Flattening * (2 - Flattening));
    private static readonly double N = Flattening / (2 - Flattening);
    private static readonly double RectifyingRadiusM =
        Vn2000Datum.SemiMajorAxisM / (1 + N) * (1 + N * N / 4 + Math.Pow(N, 4) / 64 + Math.Pow(N, 6) / 256);
    private static readonly double[] Alpha = ForwardCoefficients(N);
    private static readonly double[] Beta = InverseCoefficients(N);

    private const double Flattening = 1 / Vn2000Datum.InverseFlattening;

    private readonly double _centralMeridianRad;
    private readonly double _scaledRadiusM;
    private readonly double _falseEastingM;

    public TransverseMercator(double centralMeridianDeg, double scaleFactor, double falseEastingM)
    {
        _centralMeridianRad = centralMeridianDeg * Math.PI / 180;
        _scaledRadiusM = scaleFactor * RectifyingRadiusM;
        _falseEastingM = falseEastingM;
    }

    /// <summary>Geodetic longitude/latitude (radians) to easting/northing (metres); false northing is 0 for every VN-2000 system.</summary>
    public (double EastingM, double NorthingM) Project(double lonRad, double latRad)
    {
        var (sinLambda, cosLambda) = Math.SinCos(lonRad - _centralMeridianRad);
        var tanChi = ConformalTangent(Math.Tan(latRad));
        var xiPrime = Math.Atan2(tanChi, cosLambda);
        var etaPrime = Math.Asinh(sinLambda / Math.Sqrt(tanChi * tanChi + cosLambda * cosLambda));
        var zeta = new Complex(xiPrime, etaPrime) + SineSeries(Alpha, xiPrime, etaPrime);
        return (_falseEastingM + _scaledRadiusM * zeta.Imaginary, _scaledRadiusM * zeta.Real);
    }

    /// <summary>Easting/northing (metres) to geodetic longitude/latitude (radians).</summary>
    public (double LonRad, double LatRad) Unproject(double eastingM, double northingM)
    {
        var xi = northingM / _scaledRadiusM;
        var eta = (eastingM - _falseEastingM) / _scaledRadiusM;
        var zetaPrime = new Complex(xi, eta) - SineSeries(Beta, xi, eta);
        var (sinXi, cosXi) = Math.SinCos(zetaPrime.Real);
        var sinhEta = Math.Sinh(zetaPrime.Imaginary);
        var tanChi = sinXi / Math.Sqrt(sinhEta * sinhEta + cosXi * cosXi);
        return (_centralMeridianRad + Math.Atan2(sinhEta, cosXi), Math.Atan(GeodeticTangent(tanChi)));
    }

    /// <summary>
    /// Σ c_j sin(2jζ) for complex ζ = ξ + iη by Clenshaw's recurrence (Karney 2011, §7): one sine, one cosine and one
    /// exponential instead of six of each.
    /// </summary>
    private static Complex SineSeries(double[] c, double xi, double eta)
    {
        var (s, co) = Math.SinCos(2 * xi);
        var (sh, ch) = (Math.Sinh(2 * eta), Math.Cosh(2 * eta));
        var sin2Zeta = new Complex(s * ch, co * sh);
        var twoCos2Zeta = 2 * new Complex(co * ch, -s * sh);
        Complex y0 = Complex.Zero,
            y1 = Complex.Zero;
        for (var j = c.Length - 1; j >= 1; j--)
            (y1, y0) = (y0, twoCos2Zeta * y0 - y1 + c[j]);
        return sin2Zeta * y0;
    }

    /// <summary>tan χ of the conformal latitude from tan φ (Karney 2011, eq. 7–9).</summary>
    private static double ConformalTangent(double tanPhi)
    {
        var secPhi = Math.Sqrt(1 + tanPhi * tanPhi);
        var sigma = Math.Sinh(E * Math.Atanh(E * tanPhi / secPhi));
        return Math.Sqrt(1 + sigma * sigma) * tanPhi - sigma * secPhi;
    }

    /// <summary>
    /// tan φ from tan χ by Newton's method (Karney 2011, eqs. 19–21); quadratic convergence, so two or three steps
    /// reach machine precision.
    /// </summary>
    private static double GeodeticTangent(double tanChi)
    {
        const double oneMinusE2 = 1 - Flattening * (2 - Flattening);
        var tolerance = 1e-14 * Math.Max(1, Math.Abs(tanChi));
        var tau = tanChi / oneMinusE2;
        for (var i = 0; i < 5; i++)
        {
            var tauPrime = ConformalTangent(tau);
            var step =
                (tanChi - tauPrime)
                * (1 + oneMinusE2 * tau * tau)
                / (oneMinusE2 * Math.Sqrt(1 + tau * tau) * Math.Sqrt(1 + tauPrime * tauPrime));
            tau += step;
            if (!(Math.Abs(step) >= tolerance))
                break;
        }

        return tau;
    }

    // Karney (2011), eq. 35: index j = 1..6; index 0 unused so the loops read like the paper.
    private static double[] ForwardCoefficients(double n)
    {
        double n2 = n * n,
            n3 = n2 * n,
            n4 = n3 * n,
            n5 = n4 * n,
            n6 = n5 * n;
        return
        [
            0,
            n / 2 - 2.0 / 3 * n2 + 5.0 / 16 * n3 + 41.0 / 180 * n4 - 127.0 / 288 * n5 + 7891.0 / 37800 * n6,
            13.0 / 48 * n2 - 3.0 / 5 * n3 + 557.0 / 1440 * n4 + 281.0 / 630 * n5 - 1983433.0 / 1935360 * n6,
            61.0 / 240 * n3 - 103.0 / 140 * n4 + 15061.0 / 26880 * n5 + 167603.0 / 181440 * n6,
            49561.0 / 161280 * n4 - 179.0 / 168 * n5 + 6601661.0 / 7257600 * n6,
            34729.0 / 80640 * n5 - 3418889.0 / 1995840 * n6,
            212378941.0 / 319334400 * n6,
        ];
    }

    // Karney (2011), eq. 36.
    private static double[] InverseCoefficients(double n)
    {
        double n2 = n * n,
            n3 = n2 * n,
            n4 = n3 * n,
            n5 = n4 * n,
            n6 = n5 * n;
        return
        [
            0,
            n / 2 - 2.0 / 3 * n2 + 37.0 / 96 * n3 - 1.0 / 360 * n4 - 81.0 / 512 * n5 + 96199.0 / 604800 * n6,
            1.0 / 48 * n2 + 1.0 / 15 * n3 - 437.0 / 1440 * n4 + 46.0 / 105 * n5 - 1118711.0 / 3870720 * n6,
            17.0 / 480 * n3 - 37.0 / 840 * n4 - 209.0 / 4480 * n5 + 5569.0 / 90720 * n6,
            4397.0 / 161280 * n4 - 11.0 / 504 * n5 - 830251.0 / 7257600 * n6,
            4583.0 / 161280 * n5 - 108847.0 / 3991680 * n6,
            20648693.0 / 638668800 * n6,
        ];
    }
}
