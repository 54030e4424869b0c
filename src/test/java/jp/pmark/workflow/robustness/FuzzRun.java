package jp.pmark.workflow.robustness;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends generated requests through the product's doors (an API endpoint, a form's
 * {@code submit-form}) from a few threads, a set number per door, and checks every
 * answer: below 500, the door's own checks, and nothing stored when it was refused.
 * <p>
 * What is stored is the number of rows of every table of the product and of the engine's
 * case tables, counted after each request on the sending thread's own connection (one
 * prepared statement) and compared with the count before it: the count after one request
 * is the count before the next, and an accepted request starts a new count. Another
 * thread's accepted request or opened case may fall between the two counts; then the
 * counts differ without telling whose the rows are, and the same request is sent again (a
 * refusal left its door as it was), alone if that keeps happening. Each door draws from
 * its own generators, seeded from the run's seed and the door's name, so a door sends the
 * same requests whichever thread it runs on.
 */
final class FuzzRun {

	/**
	 * After this many inconclusive counts the request is sent again with the others
	 * paused.
	 */
	private static final int ALONE_AFTER = 5;

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A door of the product and how to break what it is sent. */
	interface Door {

		String name();

		/** False when no answer may store anything (a lookup). */
		boolean mayStore();

		/**
		 * Gets ready what the next request needs (opens a task to submit to); true when
		 * that stored something.
		 */
		default boolean prepare() {
			return false;
		}

		Request next(Gen gen);

		/** The door's own checks of an answer (the API's problem bodies). */
		default void check(Request request, Answer answer, String context) {
		}

		/** An accepted answer changed what the door works on. */
		default void accepted(Request request, Answer answer) {
		}

		/** The door got its requests; what it held is free for others. */
		default void finished() {
		}

	}

	/** A request, ready to be sent (again). */
	record Request(String description, HttpRequest http) {
	}

	/** An answer. */
	record Answer(int status, String contentType, String body) {

		boolean accepted() {
			return this.status < 400;
		}

		JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (IOException ex) {
				throw new AssertionError("not JSON: " + this.body, ex);
			}
		}

	}

	/**
	 * The generators of one door: a {@link Random} for the shape of a request and jqwik's
	 * generated values, both seeded from the run's seed and the door's name.
	 */
	static final class Gen {

		final Random random;

		private final Iterator<Object> values;

		Gen(long seed, Arbitrary<Object> values) {
			this.random = new Random(seed);
			// jqwik's generators outside a jqwik property: its sample stream
			// draws from the thread's source of randomness, seeded here for
			// this door; jqwik's stores are not for two threads at once
			synchronized (Gen.class) {
				SourceOfRandomness.create(Long.toString(seed));
				this.values = values.sampleStream().iterator();
			}
		}

		Object value() {
			synchronized (Gen.class) {
				return this.values.next();
			}
		}

		String text() {
			Object value = value();
			return (value == null) ? "" : String.valueOf(value);
		}

		JsonNode node() {
			return JSON.valueToTree(value());
		}

		int nextInt(int bound) {
			return this.random.nextInt(bound);
		}

	}

	/** What one door was sent and answered. */
	static final class Tally {

		final String door;

		int checked;

		int resent;

		int accepted;

		int opened;

		long nanos;

		long openingNanos;

		final Map<Integer, Integer> statuses = new TreeMap<>();

		Tally(String door) {
			this.door = door;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"%-66s %5d checked (%d accepted, %d sent again, %d opened in %.1f s) %5.1f s %s", this.door,
					this.checked, this.accepted, this.resent, this.opened, this.openingNanos / 1e9, this.nanos / 1e9,
					this.statuses);
		}

	}

	/**
	 * An interval in which a thread may have stored something: an accepted request, an
	 * opened case.
	 */
	private record Storing(int worker, long start, long end) {
	}

	private final DataSource dataSource;

	private final String countQuery;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final long seed;

	private final int perDoor;

	private final Arbitrary<Object> values;

	/** Held to read by every request and opening; to write by a request sent alone. */
	private final ReentrantReadWriteLock pause = new ReentrantReadWriteLock();

	private final Queue<Storing> storing = new ConcurrentLinkedQueue<>();

	private final List<Worker> workers = new ArrayList<>();

	private final Queue<Door> doors = new ConcurrentLinkedQueue<>();

	private final Queue<Tally> tallies = new ConcurrentLinkedQueue<>();

	private volatile Throwable failure;

	/**
	 * @param engineTables the engine's tables whose rows are counted with every table of
	 * the product
	 * @param ignored tables not counted
	 */
	FuzzRun(DataSource dataSource, Set<String> engineTables, Set<String> ignored, long seed, int perDoor,
			Arbitrary<Object> values) {
		this.dataSource = dataSource;
		this.countQuery = countQuery(dataSource, engineTables, ignored);
		this.seed = seed;
		this.perDoor = perDoor;
		this.values = values;
	}

	/** Fuzzes every door on the threads; returns what each was sent and answered. */
	List<Tally> run(List<? extends Door> doors, int threads) {
		this.doors.addAll(doors);
		List<Thread> running = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Worker worker = new Worker(i);
			this.workers.add(worker);
		}
		for (Worker worker : this.workers) {
			Thread thread = new Thread(worker, "fuzz-" + worker.index);
			thread.start();
			running.add(thread);
		}
		for (Thread thread : running) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
		if (this.failure != null) {
			System.out.println("Before the failure (seed " + this.seed + "):");
			this.tallies.forEach((tally) -> System.out.println("  " + tally));
		}
		if (this.failure instanceof AssertionError error) {
			throw error;
		}
		if (this.failure != null) {
			throw new AssertionError("seed " + this.seed + ": " + this.failure, this.failure);
		}
		List<Tally> result = new ArrayList<>(this.tallies);
		result.sort((a, b) -> a.door.compareTo(b.door));
		return result;
	}

	private final class Worker implements Runnable {

		final int index;

		/** When the request or opening under way started; 0 when none is. */
		volatile long busySince;

		private PreparedStatement counts;

		private Map<String, Long> before;

		private long beforeAt;

		Worker(int index) {
			this.index = index;
		}

		@Override
		public void run() {
			try (Connection connection = FuzzRun.this.dataSource.getConnection();
					PreparedStatement counts = connection.prepareStatement(FuzzRun.this.countQuery)) {
				connection.setAutoCommit(true);
				this.counts = counts;
				Door door;
				while (FuzzRun.this.failure == null && (door = FuzzRun.this.doors.poll()) != null) {
					fuzz(door);
				}
			}
			catch (Throwable ex) {
				synchronized (FuzzRun.this) {
					if (FuzzRun.this.failure == null) {
						FuzzRun.this.failure = ex;
					}
				}
			}
		}

		private void fuzz(Door door) throws SQLException {
			long started = System.nanoTime();
			Gen gen = new Gen(FuzzRun.this.seed * 31 + door.name().hashCode(), FuzzRun.this.values);
			Tally tally = new Tally(door.name());
			FuzzRun.this.tallies.add(tally);
			try {
				fuzzWith(door, gen, tally);
				door.finished();
			}
			finally {
				tally.nanos = System.nanoTime() - started;
			}
		}

		private void fuzzWith(Door door, Gen gen, Tally tally) throws SQLException {
			count();
			int sent = 0;
			while (tally.checked < FuzzRun.this.perDoor && FuzzRun.this.failure == null) {
				long opening = System.nanoTime();
				if (prepare(door)) {
					tally.opened++;
					tally.openingNanos += System.nanoTime() - opening;
				}
				Request request = door.next(gen);
				sent++;
				String where = "seed " + FuzzRun.this.seed + ", " + door.name() + ", request " + sent;
				for (int attempt = 0;; attempt++) {
					if (send(door, request, tally, where, attempt >= ALONE_AFTER)) {
						break;
					}
					tally.resent++;
				}
			}
		}

		private boolean prepare(Door door) throws SQLException {
			Lock lock = FuzzRun.this.pause.readLock();
			lock.lock();
			try {
				long start = System.nanoTime();
				this.busySince = start;
				boolean stored = true;
				try {
					stored = door.prepare();
				}
				finally {
					if (stored) {
						FuzzRun.this.storing.add(new Storing(this.index, start, System.nanoTime()));
					}
					this.busySince = 0;
				}
				if (stored) {
					count();
				}
				return stored;
			}
			finally {
				lock.unlock();
			}
		}

		/**
		 * Sends the request and checks its answer; false when whether it stored something
		 * could not be told (another thread stored something meanwhile).
		 */
		private boolean send(Door door, Request request, Tally tally, String where, boolean alone) throws SQLException {
			Lock lock = alone ? FuzzRun.this.pause.writeLock() : FuzzRun.this.pause.readLock();
			lock.lock();
			try {
				if (alone) {
					// the others paused: what they stored until now is no one's refusal
					count();
				}
				long start = System.nanoTime();
				this.busySince = start;
				Answer answer;
				try {
					answer = exchange(request);
					tally.statuses.merge(answer.status(), 1, Integer::sum);
					String context = where + ": " + abbreviate(request.description()) + " → " + answer.status() + " "
							+ abbreviate(answer.body());
					assertThat(answer.status()).as(context).isLessThan(500);
					door.check(request, answer, context);
					if (answer.accepted() && door.mayStore()) {
						door.accepted(request, answer);
						FuzzRun.this.storing.add(new Storing(this.index, start, System.nanoTime()));
						this.busySince = 0;
						count();
						tally.accepted++;
						tally.checked++;
						return true;
					}
				}
				finally {
					this.busySince = 0;
				}
				long countedFrom = System.nanoTime();
				Map<String, Long> after = counts();
				if (after.equals(this.before)) {
					this.beforeAt = countedFrom;
					tally.checked++;
					return true;
				}
				if ((!alone && othersMayHaveStored(this.beforeAt, System.nanoTime()))
						|| cleanedUp(this.before, after)) {
					this.before = after;
					this.beforeAt = countedFrom;
					return false;
				}
				assertThat(after).as("nothing stored by a refused request (or by any lookup); " + where + ": "
						+ abbreviate(request.description()) + " → " + answer.status() + " " + abbreviate(answer.body()))
					.isEqualTo(this.before);
				return true;
			}
			finally {
				lock.unlock();
			}
		}

		/**
		 * Whether another thread may have stored something between the two counts: waits
		 * for its request under way, then looks at what it stored.
		 */
		private boolean othersMayHaveStored(long from, long to) {
			for (Worker other : FuzzRun.this.workers) {
				if (other == this) {
					continue;
				}
				while (other.busySince != 0 && other.busySince < to) {
					LockSupport.parkNanos(100_000);
				}
			}
			for (Storing interval : FuzzRun.this.storing) {
				if (interval.worker() != this.index && interval.start() < to && interval.end() > from) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Counts the rows before the next request; the count is as of its start (a commit
		 * during the count may or may not be in it).
		 */
		private void count() throws SQLException {
			this.beforeAt = System.nanoTime();
			this.before = counts();
		}

		private Map<String, Long> counts() throws SQLException {
			Map<String, Long> rows = new TreeMap<>();
			try (ResultSet result = this.counts.executeQuery()) {
				while (result.next()) {
					rows.put(result.getString(1), result.getLong(2));
				}
			}
			return rows;
		}

	}

	/** Only expired logins removed (Spring Session's cleanup runs every minute). */
	private static boolean cleanedUp(Map<String, Long> before, Map<String, Long> after) {
		boolean fewer = false;
		for (Map.Entry<String, Long> entry : after.entrySet()) {
			long was = before.getOrDefault(entry.getKey(), 0L);
			if (entry.getValue() != was) {
				if (!entry.getKey().startsWith("spring_session") || entry.getValue() > was) {
					return false;
				}
				fewer = true;
			}
		}
		return fewer;
	}

	private Answer exchange(Request request) {
		try {
			HttpResponse<String> response = this.http.send(request.http(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new AssertionError("seed " + this.seed + ": " + abbreviate(request.description()), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/**
	 * One statement counting the rows of every table of the product and these of the
	 * engine.
	 */
	private static String countQuery(DataSource dataSource, Set<String> engineTables, Set<String> ignored) {
		List<String> selects = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
					new String[] { "TABLE" })) {
				while (tables.next()) {
					String table = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
					boolean product = !table.startsWith("act_") && !table.startsWith("flyway");
					if ((product || engineTables.contains(table)) && !ignored.contains(table)) {
						selects.add("select '" + table + "', count(*) from " + table);
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new AssertionError(ex);
		}
		return String.join(" union all ", selects);
	}

	static String abbreviate(String text) {
		if (text == null) {
			return "null";
		}
		return (text.length() > 300) ? text.substring(0, 300) + "…(" + text.length() + ")" : text;
	}

}
