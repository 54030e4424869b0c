package jp.pmark.workflow.assessment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.pmark.workflow.intake.DocumentType;
import jp.pmark.workflow.intake.OnlineApplicationRequest;

/**
 * A valid online application as the applicant portal sends it to
 * {@code POST /api/applications}: a multipart body with the application's fields and
 * every mandatory document as a small PDF, for tests and benchmarks that talk to a node
 * over plain HTTP.
 */
public final class PortalApplications {

	private PortalApplications() {
	}

	/**
	 * The fields of a new application of the named business (a fresh corporate number).
	 */
	public static Map<String, String> fields(String applicantName) {
		LocalDate today = LocalDate.now();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("appliedOn", today.toString());
		fields.put("assessmentRequested", "true");
		fields.put("consentGiven", "true");
		fields.put("registryCertificateIssuedOn", today.minusDays(7).toString());
		fields.put("applicantName", applicantName);
		fields.put("corporateNumber", AssessmentDriver.newCorporateNumber());
		fields.put("postalCode", "105-0004");
		fields.put("address", "東京都港区新橋1-1-1");
		fields.put("representativeName", "山田 太郎");
		fields.put("contactName", "佐藤 花子");
		fields.put("contactAddress", "東京都港区新橋1-1-1");
		fields.put("contactEmail", "sato@example.jp");
		fields.put("industry", "RETAIL");
		fields.put("capitalYen", "30000000");
		fields.put("headcount", "60");
		fields.put("fullTimeStaff", "45");
		return fields;
	}

	/** The multipart body: the fields, then every mandatory document's PDF. */
	public static byte[] body(String boundary, Map<String, String> fields) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		fields.forEach((name, value) -> out.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		for (DocumentType type : DocumentType.mandatory()) {
			out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
					+ OnlineApplicationRequest.fieldOf(type) + "\"; filename=\"" + type.name()
					+ ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			out.writeBytes(AssessmentDriver.pdf());
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/** The Content-Type header of that body. */
	public static String contentType(String boundary) {
		return "multipart/form-data; boundary=" + boundary;
	}

}
