/** Shared kernel: entity base class, input errors, text rules, request limits, live-update hub; knows no feature. */
package org.agora.base;
