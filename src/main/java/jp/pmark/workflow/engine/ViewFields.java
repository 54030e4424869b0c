package jp.pmark.workflow.engine;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;
import org.camunda.bpm.engine.form.FormProperty;
import org.camunda.bpm.engine.form.FormType;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.type.StringFormType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a task's form shows besides its own fields: the product's view of the case, made
 * when Tasklist reads the form's variables (once per call), typed as the engine types a
 * variable of that value.
 * <p>
 * Why internals: a form field's value must be typed by the engine's own variable
 * serializers (internal configuration), and a shown field is of the engine's internal
 * string form type.
 */
final class ViewFields {

	private ViewFields() {
	}

	static <T> Supplier<T> memoized(Supplier<T> supplier) {
		return new Supplier<>() {

			private T value;

			private boolean made;

			@Override
			public T get() {
				if (!this.made) {
					this.value = supplier.get();
					this.made = true;
				}
				return this.value;
			}

		};
	}

	/** A task's form data with its view fields added. */
	record ViewFormData(TaskFormData form, List<FormField> fields) implements TaskFormData {

		@Override
		public Task getTask() {
			return this.form.getTask();
		}

		@Override
		public String getFormKey() {
			return this.form.getFormKey();
		}

		@Override
		public CamundaFormRef getCamundaFormRef() {
			return this.form.getCamundaFormRef();
		}

		@Override
		public String getDeploymentId() {
			return this.form.getDeploymentId();
		}

		@Override
		public List<FormProperty> getFormProperties() {
			return this.form.getFormProperties();
		}

		@Override
		public List<FormField> getFormFields() {
			return this.fields;
		}

	}

	/**
	 * A field the form shows: its value is the view's, typed as the engine types a
	 * variable of that value.
	 */
	record ViewField(String name, Supplier<java.util.Map<String, Object>> view) implements FormField {

		@Override
		public String getId() {
			return this.name;
		}

		@Override
		public String getLabel() {
			return this.name;
		}

		@Override
		public FormType getType() {
			return new StringFormType();
		}

		@Override
		public String getTypeName() {
			return StringFormType.TYPE_NAME;
		}

		@Override
		public Object getDefaultValue() {
			return null;
		}

		@Override
		public TypedValue getValue() {
			Object value = this.view.get().get(this.name);
			if (value == null) {
				return Variables.untypedNullValue();
			}
			if (value instanceof TypedValue typed) {
				return typed;
			}
			UntypedValueImpl untyped = (UntypedValueImpl) Variables.untypedValue(value);
			return Context.getProcessEngineConfiguration()
				.getVariableSerializers()
				.findSerializerForValue(untyped)
				.convertToTypedValue(untyped);
		}

		@Override
		public List<FormFieldValidationConstraint> getValidationConstraints() {
			return List.of();
		}

		@Override
		public java.util.Map<String, String> getProperties() {
			return java.util.Map.of();
		}

		@Override
		public boolean isBusinessKey() {
			return false;
		}

	}

}
