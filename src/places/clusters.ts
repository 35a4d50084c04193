/**
 * Nearby places grouped into clusters with counts (`supercluster`), at the zoom that suits a
 * map's scale: a world map 960 pixels wide clusters what lies within about 40 pixels.
 */
import Supercluster from 'supercluster';

export interface ClusterPoint {
  /** Index of the place in the list given to `clusterIndex`. */
  place: number;
  lon: number;
  lat: number;
}

export interface Cluster {
  /** supercluster's id: unique across zooms, the key of its closer map. */
  id: number;
  lon: number;
  lat: number;
  /** How many places it holds. */
  count: number;
}

export type MapMark = { point: ClusterPoint } | { cluster: Cluster };

/** Deepest zoom that clusters; beyond it every place is its own point. */
export const MAX_CLUSTER_ZOOM = 14;
const RADIUS = 40;
const EXTENT = 512;

export interface ClusterIndex {
  /** The clusters and lone places at a zoom, within `[west, south, east, north]`. */
  marks: (zoom: number, bounds?: [number, number, number, number]) => MapMark[];
  /** What a cluster splits into where it first comes apart: clusters and lone places. */
  children: (id: number) => MapMark[];
  /** The places of a cluster, as indexes into the list. */
  leaves: (id: number) => number[];
  /** Zoom at which a cluster's places first come apart. */
  expansionZoom: (id: number) => number;
}

export function clusterIndex(points: { lon: number; lat: number }[]): ClusterIndex {
  const index = new Supercluster<{ place: number }, Record<string, never>>({
    radius: RADIUS,
    extent: EXTENT,
    maxZoom: MAX_CLUSTER_ZOOM,
  });
  index.load(
    points.map((point, place) => ({
      type: 'Feature',
      properties: { place },
      geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
    })),
  );
  return {
    marks(zoom, bounds: [number, number, number, number] = [-180, -90, 180, 90]) {
      return index.getClusters(bounds, Math.round(zoom)).map(markOf);
    },
    children: (id) => index.getChildren(id).map(markOf),
    leaves: (id) =>
      index.getLeaves(id, Infinity).map((leaf) => (leaf.properties as { place: number }).place),
    expansionZoom: (id) => index.getClusterExpansionZoom(id),
  };
}

/** The supercluster zoom whose 40-pixel radius matches a map drawn at `pixelsPerDegree`. */
export function zoomFor(pixelsPerDegree: number): number {
  const zoom = Math.floor(Math.log2((pixelsPerDegree * 360) / EXTENT));
  return Math.max(0, Math.min(MAX_CLUSTER_ZOOM + 1, zoom));
}

function markOf(item: { geometry: { coordinates: number[] }; properties: unknown }): MapMark {
  const [lon, lat] = item.geometry.coordinates as [number, number];
  const properties = item.properties as {
    cluster?: boolean;
    cluster_id?: number;
    point_count?: number;
    place?: number;
  };
  return properties.cluster
    ? { cluster: { id: properties.cluster_id!, lon, lat, count: properties.point_count! } }
    : { point: { place: properties.place!, lon, lat } };
}
