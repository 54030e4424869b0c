package jp.pmark.floors.oversight;

/** The managers' view, the last floor: reading it from clip breaks the floors. */
public class Oversight {

}
