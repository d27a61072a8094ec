package org.airace.kg.cli;
public class Main { public static void main(String[] a) {} }
