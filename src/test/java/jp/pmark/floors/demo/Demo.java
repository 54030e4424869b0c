package jp.pmark.floors.demo;

/** The demo, which nothing may import. */
public class Demo {

}
