/**
 * The working-day calendar: the official holiday arrangement (法定节假日与调休) as data, and deadline
 * arithmetic in hours, calendar days, working days and months.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package cn.ecc.api.calendar;
