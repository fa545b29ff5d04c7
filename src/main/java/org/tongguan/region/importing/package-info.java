/**
 * Boundary import (边界导入) of one level from GeoJSON: candidates read and their codes assigned where a region has
 * none, the parents resolved, then the checks (geometry, containment in the parent, overlaps, the caller's editing
 * scope) before a preview or one transaction that stores them.
 */
package org.tongguan.region.importing;

import org.tongguan.region.internal.Boundary;
