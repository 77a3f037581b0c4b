package kz.kelisim.objection.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/me/objections/{id}/appeal} (PDL-19-1.3).
 */
public record AppealRequest(@NotBlank @Size(max = 4000) String grounds) {
}
