namespace TelecomGis.Storage.Submissions;

/// <summary>The formats a batch of proposed sites comes in: the same columns in each (data/README.md).</summary>
public enum SubmissionFileFormat
{
    /// <summary>Delimited text with a header line (.csv, .txt); the delimiter is detected.</summary>
    Csv,

    /// <summary>An Excel workbook (.xlsx): the first sheet, its first row the header.</summary>
    Excel,

    /// <summary>A GeoJSON FeatureCollection of points (.geojson, .json): the point gives lon/lat, the properties the other columns.</summary>
    GeoJson,
}
