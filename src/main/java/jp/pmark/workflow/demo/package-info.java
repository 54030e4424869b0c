/**
 * Demo users and demo cases for the {@code demo} profile, which
 * {@code ./mvnw spring-boot:run} enables. Nothing imports this package; without the
 * profile none of it exists.
 */
package jp.pmark.workflow.demo;
