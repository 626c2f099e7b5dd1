using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// Names the document and its server (<see cref="PublicBaseUrl"/>) and declares the two ways of sending an API key, so Scalar's
/// "Authorize" can send one.
/// </summary>
public static class OpenApiDocumentSetup
{
    public static void Configure(OpenApiOptions options)
    {
        // GDAL's OAPIF driver and other OGC clients read the service description as OpenAPI 3.0 (conformance class oas30).
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
        // The submissions endpoint reads its body itself (JSON or multipart); describe the multipart form as the one file it takes.
        options.AddOperationTransformer(
            (operation, _, _) =>
            {
                if (operation.RequestBody?.Content?.TryGetValue("multipart/form-data", out var form) == true)
                {
                    form.Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "file" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["file"] = new OpenApiSchema
                            {
                                Type = JsonSchemaType.String,
                                Format = "binary",
                                Description =
                                    "The batch: .csv, .xlsx or .geojson (points), with the columns carrier, site_code, lon, lat (or x, y, epsg), pole_class, height_m, …",
                            },
                        },
                    };
                }
                return Task.CompletedTask;
            }
        );
        options.AddDocumentTransformer(
            (document, context, _) =>
            {
                document.Info.Title = "TelecomGis API";
                // The framework names the server after the request's Host header; a client could make it name any host.
                document.Servers = [new OpenApiServer { Url = context.ApplicationServices.GetRequiredService<PublicBaseUrl>().Value }];
                document.Info.Description =
                    "Appraisal of proposed BTS sites against a province's passive telecom infrastructure plan; plan layers; OGC API – Features under /ogc.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "An API key as 'Authorization: Bearer <key>'.",
                };
                document.Components.SecuritySchemes["apiKey"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = "X-Api-Key",
                    Description = "The same API key in an X-Api-Key header.",
                };
                // An empty requirement first: the public layers and OGC endpoints need no key.
                document.Security =
                [
                    new OpenApiSecurityRequirement(),
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("apiKey", document)] = [] },
                ];
                return Task.CompletedTask;
            }
        );
    }
}
