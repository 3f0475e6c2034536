/**
 * Who a request comes from behind a reverse proxy: forwarded headers are believed only from the
 * proxies the operator names, so a client cannot claim another address, host or scheme.
 */
package org.agora.base.proxy;
