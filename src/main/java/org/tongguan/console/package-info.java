/**
 * Console (控制台): the web console people use in the browser — the login page in the console's style, the shell
 * (header, navigation by role, language switch) and its pages as static ES modules, the city map (一张图) drawn from the
 * platform's own vector tiles, the settings the pages need (city, base layer), and the live stream (实时推送) of case
 * and alarm changes to the browsers whose user may see them. It reads the other modules' root APIs and listens to
 * their events, and never reads their tables. Decision: docs/decisions/0017-console-technology.md.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "region", "identity", "catalog", "casework", "casework :: event", "sensing" })
package org.tongguan.console;
