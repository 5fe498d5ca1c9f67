package org.concord.bench;

/** The cold-start reference: a JVM that starts, prints one line and exits. */
public final class TrivialMain {
  private TrivialMain() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
