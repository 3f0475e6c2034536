package org.agora.account;

/** An admin disabled this account: its owner's open screens close, published after the change commits. */
public record AccountDisabled(long accountId) {}
