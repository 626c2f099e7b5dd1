using TelecomGis.Api.Problems;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Api.Register;

/// <summary>The register's routes' ?commune=: a code of the communes since 1 July 2025, or a clear refusal.</summary>
public static class RegisterPlaces
{
    /// <exception cref="RequestValidationException">The code names a unit merged away before today (its 2025 code is wanted).</exception>
    /// <exception cref="NotFoundException">No unit of the plan has that code.</exception>
    public static Commune Resolve(CommuneLocator communes, string code)
    {
        if (communes.Find(code) is { } commune)
            return commune;
        if (communes.FindFormer(code) is { } former)
            throw RequestValidationException.For(
                "commune",
                $"{code} is the code of {former.FullName}, a unit that no longer exists since {former.Validity.To?.AddDays(1):yyyy-MM-dd}: use the code of the commune it was merged into.",
                $"{code} là mã của {former.FullName}, đơn vị không còn từ ngày {former.Validity.To?.AddDays(1):dd/MM/yyyy}: hãy dùng mã của xã, phường sau sắp xếp."
            );
        throw new NotFoundException($"No commune with code {code} in this province.", $"Không có xã, phường mã {code} trong tỉnh.");
    }
}
