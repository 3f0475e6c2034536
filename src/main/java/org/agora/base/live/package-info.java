/** Fan-out of "this class session changed" signals to the screens that watch it. */
package org.agora.base.live;
