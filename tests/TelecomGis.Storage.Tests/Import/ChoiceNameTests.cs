using TelecomGis.Storage.Import;

namespace TelecomGis.Storage.Tests.Import;

/// <summary>A layer's coded values (<c>cultural_post_office</c>) by their Vietnamese names, read and shown.</summary>
public sealed class ChoiceNameTests
{
    private static LayerField Field(ImportLayer layer, string name) => layer.Fields.Single(f => f.Name == name);

    public static TheoryData<string, string> ChoiceFields()
    {
        var data = new TheoryData<string, string>();
        foreach (var layer in ImportLayers.All)
        foreach (var field in layer.Fields.Where(f => f.Kind == FieldKind.Choice))
            data.Add(layer.Name, field.Name);
        return data;
    }

    /// <summary>Every code of every layer has a Vietnamese name (no code such as "post_office" shown as it is), which reads back as it.</summary>
    [Theory]
    [MemberData(nameof(ChoiceFields))]
    public void EveryCode_HasAVietnameseName_ThatReadsBackAsTheCode(string layerName, string fieldName)
    {
        var field = Field(ImportLayers.All.Single(l => l.Name == layerName), fieldName);
        foreach (var code in field.Choices!)
        {
            var name = ChoiceNames.Vietnamese(code);
            Assert.DoesNotContain('_', name);
            Assert.True(code != name || char.IsUpper(code[0]), $"{layerName}.{fieldName}: {code} has no Vietnamese name");
            Assert.Equal(code, FieldValue.Convert(field, name).Value);
            Assert.Equal(code, FieldValue.Convert(field, name.ToUpperInvariant()).Value);
        }
    }

    [Theory]
    [InlineData("Điểm bưu điện văn hóa xã", "cultural_post_office")]
    [InlineData("diem buu dien van hoa xa", "cultural_post_office")]
    [InlineData("Hòm thư công cộng", "letter_box")]
    [InlineData("Ki-ốt", "kiosk")]
    [InlineData("post_office", "post_office")]
    public void APostalPointsKind_IsReadFromItsVietnameseName(string text, string code) =>
        Assert.Equal(code, FieldValue.Convert(Field(ImportLayers.PostOffices, "kind"), text).Value);

    /// <summary>A value outside the codes is refused with the names a Vietnamese planner knows, not the bundle's codes.</summary>
    [Fact]
    public void AnUnknownKind_IsRefusedWithTheVietnameseNames()
    {
        var (value, error) = FieldValue.Convert(Field(ImportLayers.PostOffices, "kind"), "Bưu tá");

        Assert.Null(value);
        Assert.Equal(
            "loại điểm \"Bưu tá\" không phải là bưu cục, điểm bưu điện văn hóa xã, đại lý bưu điện, ki-ốt hoặc hòm thư công cộng "
                + "(thêm vào bảng giá trị trong tệp ánh xạ).",
            error!.Value.Vi
        );
        Assert.Equal(
            "kind \"Bưu tá\" is not post_office, cultural_post_office, agent, kiosk or letter_box (add it to the mapping's value map).",
            error.Value.En
        );
    }
}
