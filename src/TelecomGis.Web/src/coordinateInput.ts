// What a user types as a site's position, turned into the API's site fields; the server's coordinate parser does the reading.
// Two plain numbers are decimal degrees (either order: a longitude in Vietnam is 102–110, a latitude 8–24) or, when they are
// metres, VN-2000 x (northing) and y (easting) in the province's system. Anything else (21°31'48.3"N, 107°58'41.7"E) is passed
// on as DMS text: latitude first, as surveyors write it.
export type PositionFields = { lon: string; lat: string } | { x: string; y: string; epsg: string };

export function readPosition(text: string, provinceEpsg: number): PositionFields | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const numbers = trimmed.split(/[\s,;]+/).filter(Boolean);
  if (numbers.length === 2 && numbers.every((n) => /^-?\d+(\.\d+)?$/.test(n))) {
    const [a, b] = numbers.map(Number);
    if (a > 1000 && b > 1000) {
      // VN-2000 x is the northing (about 900 000–2 600 000 m in Vietnam), y the easting (about 200 000–800 000 m).
      const [x, y] = a > b ? [a, b] : [b, a];
      return { x: String(x), y: String(y), epsg: String(provinceEpsg) };
    }
    const [lon, lat] = a > 100 ? [a, b] : [b, a];
    return { lon: String(lon), lat: String(lat) };
  }
  const parts = trimmed.split(/\s*[,;]\s*|\s+(?=\d+\s*°)/).filter(Boolean);
  if (parts.length === 2) {
    const latFirst = /[NS]\s*$/i.test(parts[0]) || !/[EW]\s*$/i.test(parts[0]);
    return latFirst ? { lat: parts[0], lon: parts[1] } : { lon: parts[0], lat: parts[1] };
  }
  return null;
}
