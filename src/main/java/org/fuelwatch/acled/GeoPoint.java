package org.fuelwatch.acled;

/** A place in degrees (WGS84 latitude and longitude). */
record GeoPoint(double latitude, double longitude) {
}
