package kz.kelisim.contracts.operator;

/**
 * The person responsible for organising personal-data processing at an operator, whose contact a
 * breach report names (BRN-1).
 */
public record ResponsiblePerson(String name, String email, String phone) {
}
