namespace TelecomGis.Storage.Import;

/// <summary>What a property of a bundle layer holds (data/README.md), and so how a source value is turned into it.</summary>
public enum FieldKind
{
    Text,
    Number,
    Integer,
    Boolean,

    /// <summary>ISO 8601 date, yyyy-mm-dd; a source date cell or "dd/mm/yyyy" is also read.</summary>
    Date,

    /// <summary>One of <see cref="LayerField.Choices"/>.</summary>
    Choice,

    /// <summary>One pole class, A1a…A2c ("A1-a" and lower case read).</summary>
    PoleClass,

    /// <summary>A list of pole classes, written <c>A1a|A1b</c> ("A1a, A1b", "A2", "*" read).</summary>
    PoleClasses,

    /// <summary>Carriers separated by <c>|</c> (a comma or semicolon read too).</summary>
    CarrierList,

    /// <summary>The sectors of a site: a JSON array of {azimuth_deg, frequency_mhz, eirp_dbm, technology, antenna_height_m}.</summary>
    Sectors,
}
