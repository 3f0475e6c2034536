package org.agora.base;

/** A refusal whose text for the person comes from the message bundle: a key and its values. */
public interface Refusal {

    String key();

    Object[] args();
}
