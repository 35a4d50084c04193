/**
 * Encoded polylines (Google's algorithm, 5 decimals, about a metre): a route kept in front
 * matter as one short line of text, written by the importers and drawn by the site.
 */

/** `[lon, lat]` pairs → the encoded polyline (which stores latitude first). */
export function encodePolyline(points: readonly (readonly [number, number])[]): string {
  let out = '';
  let [lastLat, lastLon] = [0, 0];
  for (const [lon, lat] of points) {
    const [y, x] = [Math.round(lat * 1e5), Math.round(lon * 1e5)];
    out += encodeNumber(y - lastLat) + encodeNumber(x - lastLon);
    [lastLat, lastLon] = [y, x];
  }
  return out;
}

function encodeNumber(value: number): string {
  let rest = value < 0 ? ~(value << 1) : value << 1;
  let out = '';
  while (rest >= 0x20) {
    out += String.fromCharCode((0x20 | (rest & 0x1f)) + 63);
    rest >>= 5;
  }
  return out + String.fromCharCode(rest + 63);
}

/**
 * An encoded polyline → `[lon, lat]` pairs; undefined when the text is not one (a hand edit
 * gone wrong), so the page shows no route rather than a wrong one.
 */
export function decodePolyline(text: string): [number, number][] | undefined {
  const points: [number, number][] = [];
  let [index, lat, lon] = [0, 0, 0];
  const next = (): number | undefined => {
    let [shift, result] = [0, 0];
    for (;;) {
      if (index >= text.length || shift > 30) return undefined;
      const byte = text.charCodeAt(index++) - 63;
      if (byte < 0 || byte > 63) return undefined;
      result |= (byte & 0x1f) << shift;
      shift += 5;
      if (byte < 0x20) break;
    }
    return result & 1 ? ~(result >> 1) : result >> 1;
  };
  while (index < text.length) {
    const dLat = next();
    const dLon = next();
    if (dLat === undefined || dLon === undefined) return undefined;
    lat += dLat;
    lon += dLon;
    if (Math.abs(lat) > 90e5 || Math.abs(lon) > 180e5) return undefined;
    points.push([lon / 1e5, lat / 1e5]);
  }
  return points;
}
