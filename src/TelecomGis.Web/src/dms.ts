// Degrees, minutes and seconds as Vietnamese survey documents write them: 21°31'48.29"N.
export function toDms(value: number, axis: 'lat' | 'lon'): string {
  const hemisphere = axis === 'lat' ? (value >= 0 ? 'N' : 'S') : value >= 0 ? 'E' : 'W';
  let abs = Math.abs(value);
  let degrees = Math.floor(abs);
  abs = (abs - degrees) * 60;
  let minutes = Math.floor(abs);
  let seconds = Math.round((abs - minutes) * 60 * 100) / 100;
  // 59.999" rounds to 60.00": carry it rather than print an impossible second.
  if (seconds >= 60) { seconds -= 60; minutes += 1; }
  if (minutes >= 60) { minutes -= 60; degrees += 1; }
  return `${degrees}°${String(minutes).padStart(2, '0')}'${seconds.toFixed(2).padStart(5, '0')}"${hemisphere}`;
}
