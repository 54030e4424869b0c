package jp.pmark.workflow.letter;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterPdfRepository extends JpaRepository<LetterPdf, Long> {

}
