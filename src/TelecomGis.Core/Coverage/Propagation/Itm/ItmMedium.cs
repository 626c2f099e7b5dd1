using System.Numerics;

namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// The atmosphere and ground along the path (Hufford, "The Algorithm" §3, "Preparatory calculations"; TN101 §4):
/// the surface refractivity Ns at the path's mean elevation, the effective earth's curvature γe, and the ground's
/// surface transfer impedance Zg.
/// </summary>
internal readonly struct ItmMedium
{
    /// <summary>Curvature of the actual earth, 1/m (≈ 1 / 6370 km).</summary>
    private const double ActualEarthCurvaturePerM = 157e-9;

    /// <summary>Scale height of refractivity with elevation, metres (TN101 Eq. 4.3).</summary>
    private const double RefractivityScaleHeightM = 9460;

    public ItmMedium(
        double frequencyMhz,
        double systemElevationM,
        double refractivityNUnits,
        ItmPolarization polarization,
        double permittivity,
        double conductivitySPerM
    )
    {
        // Ns = N0·exp(−hs / 9460 m) (TN101 Eq. 4.3); at sea level Ns = N0 exactly.
        SurfaceRefractivity =
            systemElevationM == 0 ? refractivityNUnits : refractivityNUnits * Math.Exp(-systemElevationM / RefractivityScaleHeightM);

        // γe = γa·(1 − 0.04665·exp(Ns / 179.3)) (TN101 Eq. 4.4, in the Algorithm's form).
        EffectiveCurvaturePerM = ActualEarthCurvaturePerM * (1 - 0.04665 * Math.Exp(SurfaceRefractivity / 179.3));

        // Complex relative permittivity ε' = εr + i·18000·σ / f(MHz); Zg = √(ε' − 1), divided by ε' for vertical polarization
        // (Algorithm §3, Eq. 3.5).
        var permittivityComplex = new Complex(permittivity, 18000 * conductivitySPerM / frequencyMhz);
        var zg = Complex.Sqrt(permittivityComplex - 1);
        GroundImpedance = polarization == ItmPolarization.Vertical ? zg / permittivityComplex : zg;
    }

    /// <summary>Ns, N-units.</summary>
    public double SurfaceRefractivity { get; }

    /// <summary>γe, 1/m.</summary>
    public double EffectiveCurvaturePerM { get; }

    /// <summary>ae = 1/γe, metres.</summary>
    public double EffectiveEarthRadiusM => 1 / EffectiveCurvaturePerM;

    /// <summary>Zg, dimensionless.</summary>
    public Complex GroundImpedance { get; }
}
