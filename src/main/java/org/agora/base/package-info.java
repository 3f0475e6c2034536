/** Shared kernel: entity base class, input errors, live-update hub, app shell; knows no feature. */
package org.agora.base;
