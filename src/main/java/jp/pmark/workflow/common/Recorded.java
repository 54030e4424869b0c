package jp.pmark.workflow.common;

/**
 * What a request recorded, and whether it only repeated one already recorded (the same
 * report sent twice): the API answers 201 for the first and 200 for the repeat, with one
 * effect.
 */
public record Recorded<T>(T value, boolean repeated) {

	public static <T> Recorded<T> first(T value) {
		return new Recorded<>(value, false);
	}

	public static <T> Recorded<T> repeat(T value) {
		return new Recorded<>(value, true);
	}

}
