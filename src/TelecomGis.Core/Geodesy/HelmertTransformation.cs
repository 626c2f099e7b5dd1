namespace TelecomGis.Core.Geodesy;

/// <summary>
/// A seven-parameter similarity transformation between earth-centred frames, in the position-vector convention
/// (EPSG method 9606, PROJ <c>+towgs84</c>), with the small-angle rotation matrix PROJ uses by default.
/// </summary>
internal sealed class HelmertTransformation
{
    private const double ArcSecondRad = Math.PI / (180 * 3600);

    private readonly double _tx,
        _ty,
        _tz,
        _rx,
        _ry,
        _rz,
        _scale;

    /// <param name="positionVector">Translations (m), rotations (″, position vector), scale (ppm): the TOWGS84 order.</param>
    public HelmertTransformation(IReadOnlyList<double> positionVector)
    {
        if (positionVector.Count != 7)
            throw new ArgumentException("Seven Helmert parameters expected.", nameof(positionVector));
        (_tx, _ty, _tz) = (positionVector[0], positionVector[1], positionVector[2]);
        (_rx, _ry, _rz) = (positionVector[3] * ArcSecondRad, positionVector[4] * ArcSecondRad, positionVector[5] * ArcSecondRad);
        _scale = 1 + positionVector[6] * 1e-6;
    }

    /// <summary>Source frame (VN-2000) to target frame (WGS 84).</summary>
    public (double X, double Y, double Z) Apply(double x, double y, double z) =>
        (_tx + _scale * (x - _rz * y + _ry * z), _ty + _scale * (_rz * x + y - _rx * z), _tz + _scale * (-_ry * x + _rx * y + z));

    /// <summary>
    /// Target frame back to source. Like PROJ, this uses the transpose of the small-angle matrix; the error of that
    /// shortcut is of order (rotation)² × earth radius, about 1e-7 m for VN-2000's rotations.
    /// </summary>
    public (double X, double Y, double Z) Invert(double x, double y, double z)
    {
        var (dx, dy, dz) = ((x - _tx) / _scale, (y - _ty) / _scale, (z - _tz) / _scale);
        return (dx + _rz * dy - _ry * dz, -_rz * dx + dy + _rx * dz, _ry * dx - _rx * dy + dz);
    }
}
