/**
 * Turns Astro's anonymous usage telemetry off for this process and its children. Imported first
 * by every entry point that runs Astro, so no build, preview or check reports to the network.
 */
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
