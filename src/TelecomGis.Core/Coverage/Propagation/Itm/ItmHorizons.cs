namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// Each terminal's radio horizon along the profile (Hufford, "The Algorithm" §3, horizon search; TN101 Eq. 6.15): the profile
/// point that subtends the greatest elevation angle θ = (z − zterminal)/x − x/(2·ae) seen from the terminal, on an earth of
/// effective radius ae. When no point rises above the line to the other terminal the path is line of sight, and each horizon
/// is the other terminal itself.
/// </summary>
internal static class ItmHorizons
{
    public static (double TxAngleRad, double RxAngleRad, double TxDistanceM, double RxDistanceM) Find(
        ReadOnlySpan<double> z,
        double spacingM,
        double effectiveEarthRadiusM,
        double txHeightM,
        double rxHeightM
    )
    {
        var intervals = z.Length - 1;
        var distanceM = intervals * spacingM;
        var txZ = z[0] + txHeightM;
        var rxZ = z[intervals] + rxHeightM;
        var twoAe = 2 * effectiveEarthRadiusM;

        // Start from the other terminal as the horizon.
        var txAngle = (rxZ - txZ) / distanceM - distanceM / twoAe;
        var rxAngle = -(rxZ - txZ) / distanceM - distanceM / twoAe;
        var txDistance = distanceM;
        var rxDistance = distanceM;

        var fromTx = 0.0;
        var fromRx = distanceM;
        for (var i = 1; i < intervals; i++)
        {
            // Distances advance by repeated addition, as the Algorithm's loop does, so that ties fall the same way.
            fromTx += spacingM;
            fromRx -= spacingM;
            var angleTx = (z[i] - txZ) / fromTx - fromTx / twoAe;
            var angleRx = (z[i] - rxZ) / fromRx - fromRx / twoAe;
            if (angleTx > txAngle)
            {
                txAngle = angleTx;
                txDistance = fromTx;
            }

            if (angleRx > rxAngle)
            {
                rxAngle = angleRx;
                rxDistance = fromRx;
            }
        }

        return (txAngle, rxAngle, txDistance, rxDistance);
    }
}
