/**
 * The engine room: every use of Camunda's internals ({@code org.camunda.bpm.engine.impl},
 * {@code org.camunda.bpm.webapp.impl}) lives here and nowhere else, each class saying why
 * the public API does not suffice, and {@code EngineRoomTest} failing when an engine
 * update changes what a class relies on. It is the lowest floor: it imports only the
 * input guards; the product's rules reach it through the interfaces it declares
 * ({@link jp.pmark.workflow.engine.TaskAccessRules},
 * {@link jp.pmark.workflow.engine.FormSubmissions}).
 */
package jp.pmark.workflow.engine;
