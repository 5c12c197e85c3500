package com.example.library;

/** The code the site writes about. */
public final class Greeting {

    private Greeting() {
    }

    public static String hello() {
        return "hello";
    }
}
