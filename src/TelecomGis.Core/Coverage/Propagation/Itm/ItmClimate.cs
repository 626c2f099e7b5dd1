namespace TelecomGis.Core.Coverage.Propagation.Itm;

/// <summary>
/// The seven radio climates of the ITM (Hufford, "The Algorithm" of ITM 1.2.2, §5 and Table 5.1; TN101 §10); the values are
/// those of NTIA's interface. Which one fits a Vietnamese province is the planner's choice; <see cref="ItmRadioSettings"/>
/// defaults to maritime subtropical for a coastal province such as Quảng Ninh.
/// </summary>
public enum ItmClimate
{
    /// <summary>Equatorial (Congo).</summary>
    Equatorial = 1,

    /// <summary>Continental subtropical (Sudan).</summary>
    ContinentalSubtropical = 2,

    /// <summary>Maritime subtropical (West coast of Africa).</summary>
    MaritimeSubtropical = 3,

    /// <summary>Desert (Sahara).</summary>
    Desert = 4,

    /// <summary>Continental temperate.</summary>
    ContinentalTemperate = 5,

    /// <summary>Maritime temperate, over land (United Kingdom and continental west coasts).</summary>
    MaritimeTemperateOverLand = 6,

    /// <summary>Maritime temperate, over sea.</summary>
    MaritimeTemperateOverSea = 7,
}
