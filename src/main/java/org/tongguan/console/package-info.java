/**
 * Console (控制台): the web console people use in the browser — the login page in the console's style, the shell
 * (header, navigation by role, language switch) and its pages as static ES modules, the city map (一张图) drawn from the
 * platform's own vector tiles, and the settings the pages need (city, base layer). It reads the other modules' root
 * APIs and never their tables. Decision: docs/decisions/0017-console-technology.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "region", "identity" })
package org.tongguan.console;
