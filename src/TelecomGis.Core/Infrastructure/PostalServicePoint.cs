using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Infrastructure;

/// <summary>The kinds of postal service point (điểm phục vụ bưu chính).</summary>
public enum PostalPointKind
{
    /// <summary>Bưu cục: a full post office.</summary>
    PostOffice,

    /// <summary>Điểm Bưu điện – Văn hóa xã: the commune's cultural post office.</summary>
    CulturalPostOffice,

    /// <summary>Đại lý bưu điện: an agent.</summary>
    Agent,

    /// <summary>Ki-ốt.</summary>
    Kiosk,

    /// <summary>Hòm thư công cộng: public letter box.</summary>
    LetterBox,
}

/// <summary>A point where the public is served by the post; <see cref="CommuneCode"/> is the commune it serves.</summary>
public sealed record PostalServicePoint(string Id, string Name, PostalPointKind Kind, string Operator, string CommuneCode, Point Location);
